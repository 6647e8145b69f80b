// The evidence question whose paragraph is being picked in the text: one at a time, across the
// questions panel (it loads with the panel, not with the lesson page)
export const picking = $state({ question: '' });
