import { useEffect, useState } from 'react';

/**
 * What a search box's user typed, passed on once they pause (300 ms by default), so a remote
 * picker asks the server once per word and not once per keystroke. Returns the settled text and
 * the setter for the box.
 */
export function useDebouncedSearch(delayMs = 300): [string, (typed: string) => void] {
  const [typed, setTyped] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed.trim()), delayMs);
    return () => clearTimeout(timer);
  }, [typed, delayMs]);
  return [settled, setTyped];
}
