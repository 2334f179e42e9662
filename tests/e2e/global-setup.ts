// Placeholder: the widget work replaces this with a setup that builds the widget and starts a local server.
export default function setup() {}
