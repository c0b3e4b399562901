import { useEffect, useState } from 'react';

/**
 * True while the user has pressed a key or the pointer within `windowMs`; false after that until
 * the next input. Lets background polling stop when nobody is at the console.
 */
export function useRecentlyActive(windowMs = 90_000): boolean {
  const [active, setActive] = useState(true);
  useEffect(() => {
    let last = Date.now();
    const touch = () => {
      last = Date.now();
      setActive(true);
    };
    window.addEventListener('keydown', touch);
    window.addEventListener('pointerdown', touch);
    const timer = window.setInterval(() => setActive(Date.now() - last < windowMs), 10_000);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', touch);
      window.removeEventListener('pointerdown', touch);
    };
  }, [windowMs]);
  return active;
}
