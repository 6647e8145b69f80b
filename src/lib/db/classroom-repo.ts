// moved to teacher/classroom-repo.ts (the chunk rule picks by folder); kept until importers move
export * from './teacher/classroom-repo';
