// The type of the virtual module that vite-plugins/bundlePlayer.ts serves: the built standalone player.
declare module 'virtual:bundle-player' {
  export const playerScript: string;
}
