// The text both ends of an assignment link read before the assignment's own text, so that the
// model already expects English and the words of a classroom: the link then carries under 4 bits
// per letter of English instead of 8. Short on purpose: it is in the code a student's first visit
// loads. It is part of link format 2: changing a single character here
// makes every format 2 link unreadable, so a new primer needs a new link format.
export const LINK_PRIMER = `Two accounts of the same events. Read the lesson and answer the questions. Read both accounts before you answer, and note who is speaking, what they say happened and what evidence they give for it. Compare the two reports: where do they agree, and where do they disagree? Look at the words each side uses, and at what each account leaves out. Answer every required question in full sentences, and use quotes from the texts to support your answers. Work with a partner if you like, but write your own answers. Finish the reading at home and hand in your work before the next lesson on Monday, Tuesday, Wednesday, Thursday or Friday. We will discuss your answers in class.
`;
