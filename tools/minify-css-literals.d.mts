import type {Plugin} from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(code: string): string;
export function minifyHtmlLiterals(code: string): string;
export function minifyCssLiteralsPlugin(): Plugin;
export function minifyCssLiteralsEsbuild(): {name: string; setup(build: unknown): void};
