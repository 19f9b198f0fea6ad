using System.Runtime.CompilerServices;

namespace RegulatorHub.Application.Storage;

/// <summary>Reading an <see cref="IComplaintExportSource"/> row by row.</summary>
public static class ComplaintExportSourceExtensions
{
    /// <summary>
    /// The rows of <see cref="IComplaintExportSource.ReadAsync"/> as .NET objects, one string per text: for tests and
    /// small reads; a file writer reads the batches, which spares every string.
    /// </summary>
    public static async IAsyncEnumerable<ComplaintExportRow> ReadRowsAsync(
        this IComplaintExportSource source, ComplaintExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await foreach (var batch in source.ReadAsync(query, cancellationToken).ConfigureAwait(false))
        {
            using (batch)
            {
                for (var row = 0; row < batch.Count; row++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return batch.ToRow(row);
                }
            }
        }
    }
}
