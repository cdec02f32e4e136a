// What a host calls about this device's storage without a form on the page (e.g. on its
// sign-out page). The storage code loads only when called.

/** Removes one person's drafts and unsent submissions from this device (their storage-scope). */
export async function clearPersonStorage(scope: string): Promise<void> {
  const { clearScope } = await import('./delivery/device-store.js');
  await clearScope(scope);
}

/** Removes everything caf-forms keeps on this device, for every person (a shared computer's reset). */
export async function clearDeviceStorage(): Promise<void> {
  const { clearDevice } = await import('./delivery/device-store.js');
  await clearDevice();
}
