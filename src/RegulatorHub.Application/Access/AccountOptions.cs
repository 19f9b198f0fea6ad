using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Application.Access;

/// <summary>The keys of configuration section <c>Access</c> that concern local accounts.</summary>
public sealed class AccountOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Access";

    /// <summary>
    /// <c>Access:DemoAccounts</c>: create the demo accounts (<see cref="DemoAccounts"/>, published passwords) at start
    /// and allow local sign-in with them. Unset means on for the embedded SQLite store and refused at start for Cosmos
    /// DB, where it must be set explicitly (a shared store should not get well-known passwords by default).
    /// </summary>
    public bool? DemoAccounts { get; set; }

    /// <summary>Whether demo accounts are on with <paramref name="storageProvider"/> (<c>Storage:Provider</c>).</summary>
    public bool DemoAccountsEnabled(string storageProvider) =>
        DemoAccounts ?? string.Equals(storageProvider, StorageOptions.SqliteProvider, StringComparison.Ordinal);
}
