import { describe, expect, it } from 'vitest';
import { groupTraitsToAttributes, traitsToAttributes } from './traitsToAttributes.ts';

describe('traitsToAttributes', () => {
  it('keeps email, phone and name where Stayflow’s channels and templates read them', () => {
    expect(traitsToAttributes({ email: ' ana@example.com ', phone: '+8613800000000', name: 'Ana' })).toEqual({ email: 'ana@example.com', phone: '+8613800000000', name: 'Ana' });
  });

  it('makes a name of firstName and lastName when no name is given', () => {
    expect(traitsToAttributes({ firstName: 'Peter', lastName: 'Gibbons' })).toEqual({ first_name: 'Peter', last_name: 'Gibbons', name: 'Peter Gibbons' });
    expect(traitsToAttributes({ firstName: 'Peter', name: 'Pete G.' })).toEqual({ first_name: 'Peter', name: 'Pete G.' });
  });

  it('keeps a birthday as the calendar date it names, whatever time of day came with it', () => {
    expect(traitsToAttributes({ birthday: '1990-05-17T00:00:00.000Z' })).toEqual({ birthday: '1990-05-17' });
    expect(traitsToAttributes({ birthday: '1990-05-17' })).toEqual({ birthday: '1990-05-17' });
    expect(traitsToAttributes({ birthday: 'soon' })).toEqual({ birthday: 'soon' });
  });

  it('drops the id trait (the userId already is the customer’s id) and names with nothing left', () => {
    expect(traitsToAttributes({ id: 'u1', '???': 1, createdAt: '2024-01-01T00:00:00Z' })).toEqual({ created_at: '2024-01-01T00:00:00Z' });
  });

  it('takes the timezone from the context unless a trait gives one', () => {
    expect(traitsToAttributes({}, { timezone: 'Asia/Shanghai' })).toEqual({ timezone: 'Asia/Shanghai' });
    expect(traitsToAttributes({ timezone: 'Europe/Berlin' }, { timezone: 'Asia/Shanghai' })).toEqual({ timezone: 'Europe/Berlin' });
  });
});

describe('groupTraitsToAttributes', () => {
  it('prefixes the group’s traits with group_', () => {
    expect(groupTraitsToAttributes('g1', { name: 'Initech', 'total billed': 830, id: 'g1' })).toEqual({ group_id: 'g1', group_name: 'Initech', group_total_billed: 830 });
  });
});
