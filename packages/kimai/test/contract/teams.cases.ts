// Contract cases of the teams operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, NotFoundError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { KimaiClient } from "../../src/index.js";

const id = { id: 1 };

export const teamCases: ContractCase<KimaiClient>[] = [
  { operationId: "listTeams", call: (kimai) => kimai.GET("/api/teams") },
  {
    operationId: "createTeam",
    call: (kimai) =>
      kimai.POST("/api/teams", {
        body: {
          name: "Test team",
          color: "#03A9F4",
          members: [
            { user: 4, teamlead: true },
            { user: 2, teamlead: false },
          ],
        },
      }),
    check: ({ data }) => expect((data as { members: unknown[] }).members).toHaveLength(2),
  },
  {
    operationId: "createTeam",
    status: 400,
    // Valid for the spec; the server refuses the taken name and the unknown user.
    call: (kimai) => kimai.POST("/api/teams", { body: { name: "Sales", members: [{ user: 9999, teamlead: true }] } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).map((field) => field.field)).toEqual([
        "name",
        "members.0.user",
      ]);
    },
  },
  { operationId: "getTeam", call: (kimai) => kimai.GET("/api/teams/{id}", { params: { path: id } }) },
  {
    operationId: "getTeam",
    status: 404,
    call: (kimai) => kimai.GET("/api/teams/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "updateTeam",
    call: (kimai) =>
      kimai.PATCH("/api/teams/{id}", {
        params: { path: id },
        body: {
          name: "Development",
          members: [
            { user: 4, teamlead: true },
            { user: 2, teamlead: false },
          ],
        },
      }),
  },
  {
    operationId: "deleteTeam",
    call: (kimai) => kimai.DELETE("/api/teams/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "addTeamMember",
    call: (kimai) => kimai.POST("/api/teams/{id}/members/{userId}", { params: { path: { id: 1, userId: 2 } } }),
  },
  {
    operationId: "addTeamMember",
    name: "already a member",
    status: 400,
    call: (kimai) => kimai.POST("/api/teams/{id}/members/{userId}", { params: { path: { id: 1, userId: 4 } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([]);
    },
  },
  {
    operationId: "removeTeamMember",
    call: (kimai) => kimai.DELETE("/api/teams/{id}/members/{userId}", { params: { path: { id: 1, userId: 2 } } }),
  },
  {
    operationId: "removeTeamMember",
    name: "unknown user",
    status: 404,
    call: (kimai) => kimai.DELETE("/api/teams/{id}/members/{userId}", { params: { path: { id: 1, userId: 999 } } }),
    check: async (result) => expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "grantTeamCustomer",
    call: (kimai) => kimai.POST("/api/teams/{id}/customers/{customerId}", { params: { path: { id: 1, customerId: 1 } } }),
    check: ({ data }) => expect((data as { customers: { id: number }[] }).customers.map((c) => c.id)).toContain(1),
  },
  {
    operationId: "revokeTeamCustomer",
    call: (kimai) => kimai.DELETE("/api/teams/{id}/customers/{customerId}", { params: { path: { id: 1, customerId: 1 } } }),
  },
  {
    operationId: "grantTeamProject",
    call: (kimai) => kimai.POST("/api/teams/{id}/projects/{projectId}", { params: { path: { id: 1, projectId: 3 } } }),
  },
  {
    operationId: "revokeTeamProject",
    call: (kimai) => kimai.DELETE("/api/teams/{id}/projects/{projectId}", { params: { path: { id: 1, projectId: 3 } } }),
  },
  {
    operationId: "revokeTeamProject",
    name: "not assigned",
    status: 400,
    call: (kimai) => kimai.DELETE("/api/teams/{id}/projects/{projectId}", { params: { path: { id: 1, projectId: 7 } } }),
    check: async (result) => expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(BadRequestError),
  },
  {
    operationId: "grantTeamActivity",
    call: (kimai) => kimai.POST("/api/teams/{id}/activities/{activityId}", { params: { path: { id: 1, activityId: 8 } } }),
  },
  {
    operationId: "revokeTeamActivity",
    call: (kimai) => kimai.DELETE("/api/teams/{id}/activities/{activityId}", { params: { path: { id: 1, activityId: 8 } } }),
  },
];
