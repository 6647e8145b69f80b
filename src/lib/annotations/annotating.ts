// Everything a lesson page needs for highlights and notes, as one chunk that loads only once the
// device has some or text is first selected: the marks and toolbar over the text, the list
// beside the questions, and the state they share.
export { default as AnnotationLayer } from './AnnotationLayer.svelte';
export { default as AnnotationList } from './AnnotationList.svelte';
export { LessonAnnotations } from './lesson-annotations.svelte';
