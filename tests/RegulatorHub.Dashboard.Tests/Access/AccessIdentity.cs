using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>Who makes a request in the access matrix: nobody, or one demo account.</summary>
/// <param name="Name">For messages: <c>anonymous</c> or the user name.</param>
/// <param name="Account">The demo account; <see langword="null"/> for anonymous.</param>
public sealed record AccessIdentity(string Name, DemoAccount? Account)
{
    /// <summary>Not signed in.</summary>
    public static AccessIdentity Anonymous { get; } = new("anonymous", null);

    /// <summary>Anonymous, then every demo account.</summary>
    public static IReadOnlyList<AccessIdentity> All { get; } =
        [Anonymous, .. DemoAccounts.All.Select(a => new AccessIdentity(a.UserName, a))];

    /// <summary>True when signed in.</summary>
    public bool IsSignedIn => Account is not null;

    /// <summary>The role, or <see langword="null"/> when anonymous.</summary>
    public string? Role => Account?.Role;

    /// <summary>The agency id, or <see langword="null"/> when anonymous.</summary>
    public string? AgencyId => Account?.AgencyId;

    /// <inheritdoc />
    public override string ToString() => Name;
}
