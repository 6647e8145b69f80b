// the assignment travels in the URL fragment, which only the browser sees: render it there
export const ssr = false;
