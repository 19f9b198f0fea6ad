namespace RegulatorHub.Application.Access;

public static class RegulatorHubClaims { public const string Agency = "regulatorhub:agency"; }
