import { siGithub, siGoogle, siOpenid, type SimpleIcon } from 'simple-icons';

// Brand marks from simple-icons (CC0), imported one by one so the rest of the set stays out.
const LOGOS: Record<string, SimpleIcon> = { google: siGoogle, github: siGithub };

/**
 * The provider's mark for its button: Google's and GitHub's, OpenID's for any other OpenID
 * Connect provider. Drawn in the text's colour, so it shows on light and dark backgrounds alike;
 * hidden from screen readers, since the button already names the provider.
 */
export function ProviderLogo({ providerId }: { providerId: string }) {
  const icon = LOGOS[providerId] ?? siOpenid;
  return (
    <svg
      className="provider-logo"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      data-logo={icon.slug}
    >
      <path d={icon.path} fill="currentColor" />
    </svg>
  );
}
