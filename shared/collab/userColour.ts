/** Caret colours with enough contrast on white, picked so neighbours differ. */
const PALETTE = ['#d1495b', '#00798c', '#edae49', '#30638e', '#6a4c93', '#2a9d8f', '#e76f51', '#3d405b', '#8ab17d', '#b5179e', '#457b9d', '#c44536'] as const;

/** A stable colour for a user, so the same person has the same caret everywhere. */
export function userColour(userId: string): string {
  let hash = 0;
  for (let index = 0; index < userId.length; index++) {
    hash = (hash * 31 + userId.charCodeAt(index)) | 0;
  }
  return PALETTE[Math.abs(hash) % PALETTE.length] ?? PALETTE[0];
}
