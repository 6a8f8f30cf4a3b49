import { randomBytes } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 40;

function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length);
}

/** A readable, URL-safe form of a business name; never empty. */
export function slugifyBusinessName(name: string): string {
  const slug = slugify(name, { decamelize: false }).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return slug || 'tenant';
}

/** `test-shop-c8e44f`: the business name's slug and 6 random hex digits. */
export function newTenantId(businessName: string): string {
  return `${slugifyBusinessName(businessName)}-${randomHex(6)}`;
}

export const newUserId = (): string => `user-${randomHex(10)}`;
export const newWorkspaceId = (): string => `proj-${randomHex(8)}`;
export const newPlanId = (): string => `plan-${randomHex(8)}`;
export const newTaskId = (): string => `task-${randomHex(12)}`;
