import { describe, expect, it } from 'vitest';
import { contactChannels } from '../contacts/vocabulary';
import { communesOf } from '../reference/admin-units';
import { monetaryRegimes } from '../support/entitlements';
import { entitlements } from '../vocabularies/vn-law';
import { communitySiteOf, syntheticGroup } from './community';
import { syntheticRegistration, syntheticRegistrations } from './generate';

const options = { seed: 7, asOf: '2026-11-28' };
const registrations = syntheticRegistrations(options, 0, 1500);
const supported = registrations.filter((registration) => registration.support);
const deliveries = supported.flatMap((registration) =>
  (registration.support?.deliveries ?? []).map((delivery) => ({ registration, delivery })),
);
const money = deliveries.filter(({ delivery }) => delivery.amountVnd !== undefined);
const asOfDay = Date.parse('2026-11-28T00:00:00Z') / 86_400_000;

describe('synthetic support', () => {
  it('is the same for the same person, whether made alone or in a batch', () => {
    expect(syntheticRegistration(options, 321)).toEqual(registrations[321]);
  });

  it('goes to identified victims whose support started, from its start to the dataset day', () => {
    expect(supported.length).toBeGreaterThan(registrations.length / 2);
    for (const registration of supported) {
      expect(registration.events.map((event) => event.kind)).toContain('transition.start_support');
      const support = registration.support as NonNullable<typeof registration.support>;
      expect(support.startOn >= registration.case.receivedOn).toBe(true);
      for (const delivery of support.deliveries) {
        expect(delivery.deliveredOn >= support.startOn).toBe(true);
        expect(delivery.deliveredOn <= options.asOf).toBe(true);
      }
    }
  });

  it('gives only regimes the subject category is entitled to, money in whole round đồng', () => {
    for (const { registration, delivery } of deliveries) {
      const category = registration.case.subjectCategory ?? 'vn.InIdentificationInVietNam';
      expect(entitlements[category]?.map((entry) => entry.regime)).toContain(delivery.regime);
      expect(delivery.amountVnd !== undefined).toBe(monetaryRegimes.includes(delivery.regime));
    }
    for (const { delivery } of money) {
      expect(Number.isInteger(delivery.amountVnd)).toBe(true);
      expect(delivery.amountVnd).toBeGreaterThan(0);
      expect((delivery.amountVnd as number) % 10_000).toBe(0);
    }
  });

  it('asks for approval of most money; most approved, some waiting, a few rejected with a reason', () => {
    const status = (name: string) => money.filter(({ delivery }) => delivery.approval?.status === name);
    expect(status('approved').length).toBeGreaterThan(money.length * 0.8);
    expect(status('pending').length).toBeGreaterThan(0);
    expect(status('rejected').length).toBeGreaterThan(0);
    for (const { delivery } of status('rejected')) expect(delivery.approval?.reason).toMatch(/\S/);
    for (const { delivery } of money)
      if (delivery.approval?.decidedAt)
        expect(delivery.approval.decidedAt > delivery.approval.requestedAt).toBe(true);
  });
});

describe('synthetic self-help groups and support models', () => {
  it('place groups only in communes made from Bắc Giang, Huế, Tây Ninh, Quảng Bình, Hà Tĩnh and Nghệ An', () => {
    expect(communitySiteOf('07210')?.kind).toBe('self_help_group'); // Bắc Giang ward, now in Bắc Ninh
    expect(communitySiteOf('25459')?.provinceCode).toBe('80'); // Tân Ninh, former Tây Ninh
    const members = registrations.filter((registration) => registration.membership);
    expect(members.length).toBeGreaterThan(20);
    const provinces = new Set<string>();
    for (const registration of members) {
      const site = communitySiteOf(registration.membership?.communeCode);
      expect(site).toBeDefined();
      provinces.add(site?.provinceCode as string);
      expect(registration.membership?.communeCode).toBe(registration.person.homeCommuneCode);
      expect(registration.events.map((event) => event.kind)).toContain('transition.start_reintegration');
    }
    expect(provinces.size).toBeGreaterThanOrEqual(4);
    // Communes of today's Bắc Ninh made from the old Bắc Ninh (not Bắc Giang) run none.
    const bacNinh = communesOf('24', '2026-01-01');
    const withGroups = bacNinh.filter((commune) => communitySiteOf(commune.code));
    expect(withGroups.length).toBeGreaterThan(20);
    expect(withGroups.length).toBeLessThan(bacNinh.length);
  });

  it('meet monthly until the dataset day; members come only while they belong', () => {
    const registration = registrations.find((entry) => entry.membership) as (typeof registrations)[number];
    const membership = registration.membership as NonNullable<typeof registration.membership>;
    const group = syntheticGroup(options.seed, membership.communeCode, asOfDay);
    expect(syntheticGroup(options.seed, membership.communeCode, asOfDay)).toEqual(group);
    expect((group.meetings.at(-1)?.heldOn ?? '') <= options.asOf).toBe(true);
    expect(group.community.length).toBeGreaterThanOrEqual(2);
    for (const k of membership.attended) {
      const heldOn = group.meetings[k]?.heldOn as string;
      expect(heldOn >= membership.joinedOn).toBe(true);
      if (membership.leftOn) expect(heldOn <= membership.leftOn).toBe(true);
    }
  });
});

describe('synthetic one-stop contacts', () => {
  it('come with most registrations (its intake, other people nearby), by channel, never after the dataset day', () => {
    const contacts = registrations.flatMap((registration) => registration.contacts);
    expect(contacts.length).toBeGreaterThan(registrations.length * 0.7);
    for (const contact of contacts) {
      expect(contactChannels).toContain(contact.channel);
      expect(contact.at.slice(0, 10) <= options.asOf).toBe(true);
    }
    const channels = new Set(contacts.map((contact) => contact.channel));
    expect(channels.size).toBe(contactChannels.length);
    for (const registration of registrations)
      for (const contact of registration.contacts)
        if (contact.registers) expect(registration.agencyType).toBe('womens_union_one_stop');
  });
});
