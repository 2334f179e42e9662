/** An error sentence (from `errorText`), announced when it appears; `id` for a field that points to it. */
export function ErrorLine(props: { error: string | null; id?: string }) {
  return props.error ? (
    <p class="error" role="alert" id={props.id}>
      {props.error}
    </p>
  ) : null
}
