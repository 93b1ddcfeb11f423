import { ask, type DutyPhrasing } from './types.js';

export const apiPhrasings: DutyPhrasing[] = [
  ask('api-gateway-infrastructure', 'aws', 'who patches the servers behind api gateway'),
  ask('api-gateway-infrastructure', 'aws', 'who scales the api gateway infrastructure'),
  ask('api-gateway-authorization', 'customer', 'who configures authorizers on api gateway'),
  ask('api-gateway-authorization', 'customer', 'our rest api had no authorization on a route, isnt aws supposed to block that?'),
  ask('api-gateway-resource-policy', 'customer', 'who writes the resource policy for a private api in api gateway'),
  ask('api-gateway-resource-policy', 'customer', 'who restricts our apigateway api to our vpc endpoint'),
  ask('api-gateway-throttling', 'customer', 'who sets throttling and usage plans on api gateway'),
  ask('api-gateway-throttling', 'customer', 'who rate limits clients of our http api'),
  ask('api-gateway-tls', 'customer', 'who picks the tls security policy for an api gateway custom domain'),
  ask('api-gateway-tls', 'customer', 'who enforces tls 1.2 on api gateway custom domain names'),
  ask('api-gateway-logging', 'customer', 'who enables access logging for api gateway stages'),
  ask('api-gateway-logging', 'customer', 'who turns on execution logs in api gateway'),
  ask('appsync-authorization', 'customer', 'who configures authorization for appsync apis'),
  ask('appsync-authorization', 'customer', 'we used an api key on our graphql api in appsync, whose responsibility is auth'),
  ask('appsync-infrastructure', 'aws', 'who scales and patches appsync servers'),
  ask('appsync-infrastructure', 'aws', 'is appsync infrastructure managed by aws'),
  ask('appsync-cache-encryption', 'customer', 'who turns on encryption for the appsync api cache'),
  ask('appsync-cache-encryption', 'customer', 'is the appsync server side cache encrypted by default'),
  ask('appsync-logging', 'customer', 'who enables request logging in appsync'),
  ask('appsync-logging', 'customer', 'who turns on resolver logs for appsync'),
];
