namespace RegulatorHub.Dashboard.Access;

public static class AccessPolicies { public const string Staff = "Staff"; public const string Aggregates = "Aggregates"; public const string Auditor = "Auditor"; }
