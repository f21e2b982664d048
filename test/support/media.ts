import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates CSS media features on the test page, e.g. `{ 'forced-colors': 'active' }`; `{}` resets them.
 * Resolves to false when this browser cannot emulate them. */
export async function emulateMediaFeatures(features: Record<string, string>): Promise<boolean> {
  return (await executeServerCommand('emulate-media-features', features)) === true;
}

/** Emulates the media type (`print` or `screen`) on the test page. Resolves to false when this browser cannot
 * emulate it (Firefox's automation over WebDriver BiDi has no such command). */
export async function emulateMediaType(media: 'print' | 'screen'): Promise<boolean> {
  return (await executeServerCommand('emulate-media-type', { media })) === true;
}
