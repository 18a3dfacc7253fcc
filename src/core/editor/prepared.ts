// Prepared text for editor features; the helpers live in util/ so rules can use them too.
export * from '../util/prepared-text';
