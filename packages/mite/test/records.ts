// Records for the tests that run their own fake mite server.

/** A mite customer as the API sends it (unwrapped), with id and name from `id`. */
export const customer = (id: number) => ({
  id,
  name: `Customer ${id}`,
  note: "",
  archived: false,
  hourly_rate: null,
  active_hourly_rate: null,
  hourly_rates_per_service: [],
  created_at: "2015-10-15T11:40:49+02:00",
  updated_at: "2015-10-15T11:40:49+02:00",
});
