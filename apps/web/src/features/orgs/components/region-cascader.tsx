import type { Region } from '@jiandu/contracts/regions';
import { useQueryClient } from '@tanstack/react-query';
import { Cascader } from 'antd';
import type { CSSProperties } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { provincesQuery } from '../api/use-provinces.ts';
import { regionQuery } from '../api/use-region.ts';
import { regionChildrenQuery } from '../api/use-region-children.ts';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

function toOption(region: Region): RegionOption {
  return { value: region.code, label: region.name, isLeaf: region.level === 'township' };
}

/** Hangs children under the option at `path`, returning a new tree. */
function attach(options: RegionOption[], path: readonly string[], children: RegionOption[]): RegionOption[] {
  const [head, ...rest] = path;
  return options.map((o) => {
    if (o.value !== head) return o;
    if (rest.length) return { ...o, children: attach(o.children ?? [], rest, children) };
    return { ...o, children, isLeaf: children.length === 0 };
  });
}

interface Props {
  /** The chosen region code (6 digits down to county, 9 for a township), or empty. */
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Start at this region (e.g. the parent org's) instead of the provinces. */
  rootCode?: string | null | undefined;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
  style?: CSSProperties;
}

/**
 * Picks a region level by level, loading each level on demand; any level may be chosen, so a
 * county (6-digit) and a township (9-digit) code both work. A given value opens along its path.
 */
export function RegionCascader({ value, onChange, rootCode, ...rest }: Props) {
  const client = useQueryClient();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const optionsRef = useRef<RegionOption[]>([]);
  const pathRef = useRef<string[]>([]);
  const topFor = useRef<string | null>(null);

  const commit = useCallback((next: RegionOption[], nextPath?: string[]) => {
    optionsRef.current = next;
    setOptions(next);
    if (nextPath) {
      pathRef.current = nextPath;
      setPath(nextPath);
    }
  }, []);

  useEffect(() => {
    let live = true;
    const provinces = async () => (await client.fetchQuery(provincesQuery())).items.map(toOption);
    const resolve = async () => {
      let top = optionsRef.current;
      if (topFor.current !== (rootCode ?? '')) {
        top = rootCode ? [toOption(await client.fetchQuery(regionQuery(rootCode)))] : await provinces();
        if (!live) return;
        topFor.current = rootCode ?? '';
        pathRef.current = [];
        commit(top, []);
      }
      if (!value) {
        if (pathRef.current.length) commit(optionsRef.current, []);
        return;
      }
      if (pathRef.current.at(-1) === value) return;
      const detail = await client.fetchQuery(regionQuery(value));
      const chain = [...detail.ancestors.map((a) => a.code), detail.code];
      let start = rootCode ? chain.indexOf(rootCode) : 0;
      if (start < 0) {
        // Outside the suggested start (data from before a move): show it from the province down.
        top = await provinces();
        start = 0;
      }
      let next = top;
      for (let i = start; i < chain.length - 1; i++) {
        const children = await client.fetchQuery(regionChildrenQuery(chain[i]!));
        next = attach(next, chain.slice(start, i + 1), children.items.map(toOption));
      }
      if (live) commit(next, chain.slice(start));
    };
    resolve().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, rootCode, value, commit]);

  const loadData = async (selected: RegionOption[]) => {
    const target = selected.at(-1);
    if (!target) return;
    const children = await client.fetchQuery(regionChildrenQuery(target.value));
    commit(
      attach(
        optionsRef.current,
        selected.map((o) => o.value),
        children.items.map(toOption),
      ),
    );
  };

  return (
    <Cascader<RegionOption>
      {...rest}
      options={options}
      value={path}
      loadData={loadData}
      changeOnSelect
      onChange={(values) => {
        const next = (values ?? []).map(String);
        pathRef.current = next;
        setPath(next);
        onChange?.(next.at(-1));
      }}
    />
  );
}
