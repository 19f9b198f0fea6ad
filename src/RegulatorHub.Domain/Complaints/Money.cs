namespace RegulatorHub.Domain.Complaints;

/// <summary>An amount in dispute, in a currency's major unit.</summary>
/// <remarks>Invariant: <see cref="Amount"/> is not negative; <see cref="Currency"/> is a three-letter upper-case ISO 4217 code.</remarks>
public readonly record struct Money
{
    /// <summary>Creates an amount, validating both parts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="ArgumentException">The currency is not three upper-case letters.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be a three-letter upper-case ISO 4217 code.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount in the currency's major unit (yuan, dollars).</summary>
    public decimal Amount { get; }

    /// <summary>ISO 4217 code, e.g. CNY or USD.</summary>
    public string Currency { get; }
}
