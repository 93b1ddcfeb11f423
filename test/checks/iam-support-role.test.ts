import { ListEntitiesForPolicyCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamSupportRole, supportPolicyArn } from '../../checks/iam-support-role.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

describe('iam-support-role', () => {
  it('passes when AWSSupportAccess is attached (second page), naming the holders', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(ListEntitiesForPolicyCommand)
      .resolvesOnce({ PolicyRoles: [], PolicyGroups: [], PolicyUsers: [], IsTruncated: true, Marker: 'm2' })
      .resolvesOnce({ PolicyRoles: [{ RoleName: 'incident-responders', RoleId: 'AROAEXAMPLEID' }], IsTruncated: false });
    const results = await run(iamSupportRole, clients);
    expect(brief(results)).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
    expect(results[0]?.detail).toBe('AWSSupportAccess is attached to role incident-responders');
    expect(iam.commandCalls(ListEntitiesForPolicyCommand)[0]?.args[0].input).toMatchObject({ PolicyArn: supportPolicyArn });
    expect(iam.commandCalls(ListEntitiesForPolicyCommand)[1]?.args[0].input).toMatchObject({ Marker: 'm2' });
  });

  it('fails when nothing holds it; errors when denied', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(ListEntitiesForPolicyCommand).resolvesOnce({ PolicyRoles: [], PolicyGroups: [], PolicyUsers: [] }).rejectsOnce(accessDenied('iam:ListEntitiesForPolicy'));
    expect(brief(await run(iamSupportRole, clients))).toEqual([{ resource: account, status: 'fail', region: 'global' }]);
    const [r] = await run(iamSupportRole, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission iam:ListEntitiesForPolicy' });
  });
});
