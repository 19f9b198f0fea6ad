namespace RegulatorHub.Application.Access;

/// <summary>The default <see cref="ISignInEvents"/>: records nothing.</summary>
public sealed class NoSignInEvents : ISignInEvents
{
    /// <inheritdoc />
    public Task SignedInAsync(string accountId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task SignInFailedAsync(string accountId, SignInFailureReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task SignedOutAsync(string accountId, CancellationToken cancellationToken) => Task.CompletedTask;
}
