// Injected by scripts/build-widget.mjs: the classic JSX factory is smaller than the automatic runtime.
export { h, Fragment } from 'preact'
