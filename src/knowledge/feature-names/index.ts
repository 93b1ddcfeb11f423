import { analyticsFeatures } from './analytics.js';
import { appsFeatures } from './apps.js';
import { computeFeatures } from './compute.js';
import { dataFeatures } from './data.js';
import { networkFeatures } from './network.js';
import { securityFeatures } from './security.js';

/**
 * The names of AWS services' real features, by service id, as each service's user guide writes them. One file per
 * group of services; a service's names are in one file only (a test enforces it).
 */
export const featureGroups: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  analytics: analyticsFeatures,
  apps: appsFeatures,
  compute: computeFeatures,
  data: dataFeatures,
  network: networkFeatures,
  security: securityFeatures,
};

export const featureNames: Readonly<Record<string, string[]>> = Object.fromEntries(
  Object.values(featureGroups).flatMap((group) => Object.entries(group).map(([id, names]) => [id, [...names]])),
);
