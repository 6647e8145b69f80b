// moved to backup/backup-repo.ts (the chunk rule picks by folder); kept until importers move
export * from './backup/backup-repo';
