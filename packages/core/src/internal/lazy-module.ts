/**
 * A loader for code imported on first use (mite's XML mode, the ETag cache): every call shares one import,
 * and a failed one is forgotten when it fails, so the next call tries again (a browser app back online, or
 * redeployed under it). Chromium does not keep a failed dynamic import either (tools/browser).
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
