import { useEffect, useState } from 'react';

/** The state of one public request: loading, its data, or its Chinese error. */
export interface Fetched<T> {
  loading: boolean;
  data: T | null;
  error: string | null;
}

/** Runs a request when its key changes and ignores answers to requests that were superseded. */
export function useFetch<T>(key: string | null, load: () => Promise<T>): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ loading: key !== null, data: null, error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the request; load changes every render.
  useEffect(() => {
    if (key === null) {
      setState({ loading: false, data: null, error: null });
      return;
    }
    let current = true;
    setState({ loading: true, data: null, error: null });
    load().then(
      (data) => current && setState({ loading: false, data, error: null }),
      (error: Error) => current && setState({ loading: false, data: null, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
