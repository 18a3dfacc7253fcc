// Markdown files are bundled as text (esbuild `loader: { '.md': 'text' }` in scripts/build.mjs):
// the shipped handout templates reach the core without it reading a file.
declare module '*.md' {
  const text: string;
  export default text;
}
