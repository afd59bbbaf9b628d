import { describe, expect, it } from 'vitest';
import { type ComplaintOfficer, routeComplaint } from './complaint-routing';

const officer = (
  userId: string,
  agencyId: string,
  agencyTypeCode: string,
  provinceCode: string,
  openComplaints = 0,
): ComplaintOfficer => ({ userId, agencyId, agencyTypeCode, provinceCode, openComplaints });

const concerned = { id: 'centre-89', provinceCode: '89' };
const department89 = officer('u-dept', 'dept-89', 'provincial_health_social_protection', '89');
const centreOfficer = officer('u-centre', 'centre-89', 'provincial_health_social_protection', '89');
const police89 = officer('u-police', 'police-89', 'provincial_police_anti_trafficking', '89');
const ministry = officer('u-ministry', 'ministry', 'ministry', '01');
const department01 = officer('u-dept-01', 'dept-01', 'provincial_health_social_protection', '01');

describe('routeComplaint', () => {
  it('never picks an officer of the agency concerned, even the only one', () => {
    expect(routeComplaint(concerned, [centreOfficer])).toBeUndefined();
    expect(routeComplaint(concerned, [centreOfficer, department01])?.agencyId).toBe('dept-01');
  });

  it.each([
    ['the provincial Department of the same province first', [ministry, police89, department89], 'u-dept'],
    ['another agency of the province before a ministry', [ministry, police89, department01], 'u-police'],
    ['a ministry before an agency of another province', [department01, ministry], 'u-ministry'],
    ['anyone outside the agency concerned as a last resort', [department01, centreOfficer], 'u-dept-01'],
  ])('prefers %s', (_name, officers, expected) => {
    expect(routeComplaint(concerned, officers)?.userId).toBe(expected);
  });

  it('spreads work within a tier: the officer with fewer open complaints, then a stable order', () => {
    const busy = officer('u-a', 'dept-89', 'provincial_health_social_protection', '89', 5);
    const free = officer('u-b', 'dept-89', 'provincial_health_social_protection', '89', 1);
    expect(routeComplaint(concerned, [busy, free])?.userId).toBe('u-b');
    const twin = officer('u-0', 'dept-89', 'provincial_health_social_protection', '89', 1);
    expect(routeComplaint(concerned, [free, twin])?.userId).toBe('u-0');
  });

  it('answers undefined when there is no officer at all', () => {
    expect(routeComplaint(concerned, [])).toBeUndefined();
  });
});
