import { z } from 'zod';
import { CONTROL_CHARACTER, listOf, memberRoleSchema } from './schemas';

/** Input and output shapes of the member procedures (`members.*`). */

const userIdSchema = z
  .string({ error: 'Name the member by their user id' })
  .min(1, 'Name the member by their user id')
  .max(100, 'No such member of this business')
  .refine((id) => !CONTROL_CHARACTER.test(id), 'No such member of this business')
  .describe('The member’s user id, as `members.list` gives it');

export const memberUserIdInput = z.object({ user_id: userIdSchema });

export const setMemberRoleInput = z.object({
  user_id: userIdSchema,
  role: z.enum(memberRoleSchema.options, { error: 'role is "owner", "admin" or "member"' }),
});

export type SetMemberRoleInput = z.infer<typeof setMemberRoleInput>;

export const memberSchema = z.object({
  user_id: z.string(),
  email: z.string(),
  name: z.string(),
  role: memberRoleSchema,
  joined_at: z.iso.datetime(),
  you: z.boolean().describe('Whether this member is the person who asked (false for services).'),
});

export const membersOutput = listOf(memberSchema);
