// On Node the compiler parses HTML with jsdom: importing this module gives it one window.
import { JSDOM } from 'jsdom';
import { useDomWindow } from '../compiler/dom';

useDomWindow(new JSDOM('').window as unknown as Window);
