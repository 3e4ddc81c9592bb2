/** Server rendering entry (see the server-rendering issue). */
export {};
