/**
 * What the first screen downloads: the entry chunk of dist/.vite/manifest.json, every chunk it
 * imports statically (dynamic imports load later and do not count) and their CSS, gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface FirstLoad {
  files: { file: string; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
}

export const JS_LIMIT_BYTES = 40 * 1024;

export function measureFirstLoad(distDir: string): FirstLoad {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry && manifest[k]!.file.endsWith('.js'));
  if (entries.length === 0) throw new Error(`No entry chunk in ${join(distDir, '.vite', 'manifest.json')}: was the app built with build.manifest on?`);
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest names ${key} but has no entry for it.`);
    files.add(chunk.file);
    chunk.css?.forEach((c) => files.add(c));
    chunk.imports?.forEach(visit);
  };
  entries.forEach(visit);
  const sized = [...files].sort().map((file) => ({ file, gzip: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length }));
  const sum = (ext: string) => sized.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzip, 0);
  return { files: sized, jsGzip: sum('.js'), cssGzip: sum('.css') };
}

/** The report, and whether the JavaScript stays within `limit` bytes gzipped. */
export function checkBudget(load: FirstLoad, limit = JS_LIMIT_BYTES): { ok: boolean; report: string } {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = load.files.map((f) => `  ${f.file.padEnd(40)} ${kb(f.gzip).padStart(9)}`);
  const ok = load.jsGzip <= limit;
  lines.push(`First screen: ${kb(load.jsGzip)} of JavaScript (limit ${kb(limit)}), ${kb(load.cssGzip)} of CSS, gzipped.`);
  if (!ok) lines.push(`Over budget by ${kb(load.jsGzip - limit)}: move code out of the first bundle (lazy routes, the worker) before adding more.`);
  return { ok, report: lines.join('\n') };
}
