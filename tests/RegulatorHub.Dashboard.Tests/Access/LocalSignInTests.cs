using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class LocalSignInTests
{
    private readonly InMemoryAccountStore _store = new();
    private readonly PasswordHasher<LocalAccount> _hasher = new();
    private readonly RecordingSignInEvents _events = new();
    private readonly ManualClock _time = new(new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero));

    private async Task<LocalSignIn> CreateAsync(bool? demoAccounts = null, string? oidcAuthority = null, params LocalAccount[] accounts)
    {
        foreach (var account in accounts)
        {
            await _store.AddAsync(account, CancellationToken.None);
        }

        return new LocalSignIn(
            _store, _hasher, new SignInLockout(_time), _events,
            Options.Create(new AccountOptions { DemoAccounts = demoAccounts }),
            Options.Create(new OidcOptions { Authority = oidcAuthority }),
            Options.Create(new StorageOptions()),
            NullLogger<LocalSignIn>.Instance);
    }

    private LocalAccount Account(string password = "correct horse", bool disabled = false) =>
        new("acct-1", "someone", "Someone", AccountRoles.Regulator, "samr-hz", _hasher.HashPassword(null!, password), disabled);

    [Fact]
    public async Task SignIn_RightPassword_SucceedsWithTheAccount()
    {
        var signIn = await CreateAsync(accounts: Account());

        var result = await signIn.SignInAsync(" SomeOne ", "correct horse", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("acct-1", result.Account!.Id);
        Assert.Empty(_events.Events);
    }

    [Fact]
    public async Task SignIn_WrongPassword_FailsAndReportsTheAccountId()
    {
        var signIn = await CreateAsync(accounts: Account());

        var result = await signIn.SignInAsync("someone", "Correct horse", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(SignInFailureReason.IncorrectCredentials, result.Failure);
        Assert.Equal(["failed acct-1 IncorrectCredentials"], _events.Events);
    }

    [Theory]
    [InlineData("nobody", "correct horse")]
    [InlineData("", "correct horse")]
    [InlineData("some one", "correct horse")]
    [InlineData("someone", "")]
    [InlineData(null, null)]
    public async Task SignIn_UnknownOrMalformed_FailsAsUnknownWithTheSameReason(string? userName, string? password)
    {
        var signIn = await CreateAsync(accounts: Account());

        var result = await signIn.SignInAsync(userName, password, CancellationToken.None);

        Assert.Equal(SignInFailureReason.IncorrectCredentials, result.Failure);
        Assert.Equal([$"failed {ISignInEvents.UnknownAccount} IncorrectCredentials"], _events.Events);
    }

    [Fact]
    public async Task SignIn_DisabledAccountRightPassword_Fails()
    {
        var signIn = await CreateAsync(accounts: Account(disabled: true));

        var result = await signIn.SignInAsync("someone", "correct horse", CancellationToken.None);

        Assert.Equal(SignInFailureReason.Disabled, result.Failure);
        Assert.Equal(["failed acct-1 Disabled"], _events.Events);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LockedOutUntilFiveMinutesPass()
    {
        var signIn = await CreateAsync(accounts: Account());
        for (var i = 0; i < 5; i++)
        {
            await signIn.SignInAsync("someone", "wrong", CancellationToken.None);
        }

        var locked = await signIn.SignInAsync("someone", "correct horse", CancellationToken.None);
        _time.Advance(SignInLockout.LockoutDuration);
        var later = await signIn.SignInAsync("someone", "correct horse", CancellationToken.None);

        Assert.Equal(SignInFailureReason.LockedOut, locked.Failure);
        Assert.Equal(_time.GetUtcNow(), locked.LockedUntil);
        Assert.True(later.Succeeded);
    }

    [Fact]
    public async Task SignIn_UnknownNames_AreLockedOutLikeKnownOnes()
    {
        var signIn = await CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await signIn.SignInAsync("nobody", "wrong", CancellationToken.None);
        }

        var result = await signIn.SignInAsync("nobody", "wrong", CancellationToken.None);

        Assert.Equal(SignInFailureReason.LockedOut, result.Failure);
    }

    [Theory]
    [InlineData(null, true)] // the embedded store (StorageOptions' default): demo accounts on unless set
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Enabled_WithOpenIdConnect_OnlyWhileDemoAccountsAreOn(bool? demoAccounts, bool enabled)
    {
        var signIn = await CreateAsync(demoAccounts, "https://login.example.org/", Account());
        var withoutOidc = await CreateAsync(demoAccounts);

        var result = await signIn.SignInAsync("someone", "correct horse", CancellationToken.None);

        Assert.Equal(enabled, signIn.Enabled);
        Assert.Equal(enabled, result.Succeeded);
        Assert.True(withoutOidc.Enabled);
    }
}
