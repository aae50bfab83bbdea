// Contract cases of the bookmark operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { expect } from "vitest";
import { type Bookmark, type MiteClient, parseTimeEntryQuery } from "../../src/index.js";

const id = { id: 79133 };

export const bookmarkCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listBookmarks",
    call: (mite) => mite.GET("/time_entries/bookmarks"),
    check: ({ data }) => expect((data as { bookmark: Bookmark }[])[1]?.bookmark.user_id).toBeNull(),
  },
  { operationId: "listBookmarks", status: 401, call: (mite) => mite.GET("/time_entries/bookmarks") },
  {
    operationId: "getBookmark",
    call: (mite) => mite.GET("/time_entries/bookmarks/{id}", { params: { path: id } }),
    check: ({ data }) =>
      expect(parseTimeEntryQuery((data as { bookmark: Bookmark }).bookmark.query)).toEqual({
        project_id: 21243,
        at: "this_week",
      }),
  },
  {
    operationId: "getBookmark",
    status: 404,
    call: (mite) => mite.GET("/time_entries/bookmarks/{id}", { params: { path: { id: 1 } } }),
  },
  {
    // The client does not follow this redirect by itself: the 302 and its Location reach the caller.
    operationId: "followBookmark",
    call: (mite) => mite.GET("/time_entries/bookmarks/{id}/follow", { params: { path: id } }),
    check: ({ response }) => {
      const location = new URL(response.headers.get("Location") ?? "");
      expect(location.pathname).toBe("/time_entries.json");
      expect(parseTimeEntryQuery(location.searchParams)).toEqual({ project_id: 21243, at: "this_week" });
    },
  },
  {
    operationId: "followBookmark",
    status: 404,
    call: (mite) => mite.GET("/time_entries/bookmarks/{id}/follow", { params: { path: { id: 1 } } }),
  },
];
