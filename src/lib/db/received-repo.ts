// moved to received/received-repo.ts (the chunk rule picks by folder); kept until importers move
export * from './received/received-repo';
