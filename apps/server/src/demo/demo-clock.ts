import { todayInShanghai } from '../platform/calendar/dates.ts';

/**
 * A clock the demo moves forward through a story's days, so what the services record (dates,
 * deadlines, history) reads as months of work; each reading is seven minutes after the last,
 * from 09:07 Shanghai time on the day set, never past the day's end. Fits the matter, complaint and referral clocks.
 */
export class DemoClock {
  #day: string;
  #minute = 0;
  constructor(day = todayInShanghai()) {
    this.#day = day;
  }
  /** Moves to a day; setting the same day again keeps its minutes, so readings never go back. */
  at(day: string): this {
    if (day !== this.#day) this.#minute = 0;
    this.#day = day;
    return this;
  }
  today = () => this.#day;
  now = () => {
    this.#minute += 7;
    // Past 23:00 Shanghai time the readings slow to seconds, so they stay on the same Shanghai day.
    const minute = Math.min(this.#minute, 840);
    const second = Math.min(59, Math.max(0, (this.#minute - 840) / 7));
    const h = 1 + Math.floor(minute / 60);
    return `${this.#day}T${String(h).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(second).padStart(2, '0')}.000Z`;
  };
}
