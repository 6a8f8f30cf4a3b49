import { describe, expect, it } from 'vitest';
import { mailboxFor } from './mailboxes';

describe('mailboxFor', () => {
  it.each([
    ['ada@gmail.com', 'Gmail', 'https://mail.google.com/'],
    ['ada@googlemail.com', 'Gmail', 'https://mail.google.com/'],
    ['ada@outlook.com', 'Outlook', 'https://outlook.live.com/'],
    ['ada@hotmail.com', 'Outlook', 'https://outlook.live.com/'],
    ['ada@live.com', 'Outlook', 'https://outlook.live.com/'],
    ['ada@msn.com', 'Outlook', 'https://outlook.live.com/'],
    ['ada@yahoo.com', 'Yahoo Mail', 'https://mail.yahoo.com/'],
    ['ada@yahoo.co.uk', 'Yahoo Mail', 'https://mail.yahoo.com/'],
    ['ada@yahoo.fr', 'Yahoo Mail', 'https://mail.yahoo.com/'],
    ['ada@icloud.com', 'iCloud Mail', 'https://www.icloud.com/'],
    ['ada@me.com', 'iCloud Mail', 'https://www.icloud.com/'],
    ['ada@proton.me', 'Proton Mail', 'https://mail.proton.me/'],
    ['ada@protonmail.com', 'Proton Mail', 'https://mail.proton.me/'],
    ['Ada@GMail.COM', 'Gmail', 'https://mail.google.com/'],
  ])('opens %s in %s', (email, name, origin) => {
    const mailbox = mailboxFor(email);
    expect(mailbox?.name).toBe(name);
    expect(mailbox?.url.startsWith(origin)).toBe(true);
  });

  it.each([
    'ada@example.com',
    'ada@mail.gmail.com.evil.example',
    'ada@gmail.co',
    'ada@notyahoo.com',
    'ada@yahoo.com.evil.example',
    'ada@company.outlook.com.example',
    'gmail.com',
    'ada@',
  ])('offers nothing for %s', (email) => {
    expect(mailboxFor(email)).toBeUndefined();
  });
});
