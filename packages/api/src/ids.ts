import slugify from '@sindresorhus/slugify';
import { randomHex } from './random';

const MAX_SLUG_LENGTH = 40;

/** A readable, URL-safe form of a business name; never empty. */
export function slugifyBusinessName(name: string): string {
  const slug = slugify(name, { decamelize: false }).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return slug || 'tenant';
}

/** `test-shop-c8e44f`: the business name's slug and 6 random hex digits. */
export function newTenantId(businessName: string): string {
  return `${slugifyBusinessName(businessName)}-${randomHex(6)}`;
}

// 64 random bits: a collision stays unlikely into the billions of rows.
export const newUserId = (): string => `user-${randomHex(16)}`;
export const newWorkspaceId = (): string => `proj-${randomHex(16)}`;
export const newPlanId = (): string => `plan-${randomHex(16)}`;
export const newTaskId = (): string => `task-${randomHex(16)}`;
