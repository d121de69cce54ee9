/** bytesobject: (to be written) */
export {};
