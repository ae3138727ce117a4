namespace Leitmotif.Core.Model;

/// <summary>
/// The parameters of one chroma network, independent of where they came from (a published TensorFlow checkpoint or the
/// project's own model file) and of the runtime that uses them.
/// </summary>
/// <param name="ModelId">The model's name, e.g. <c>v2_ctc_train345valid1</c>; stamped on every feature it produces.</param>
/// <param name="Tensors">Parameters by name, in TorchSharp layout:
/// <c>conv1.weight</c> (64, 6, 3, 3), <c>conv1.bias</c> (64); <c>conv2</c> (32, 64, 3, 3); <c>conv3</c> (32, 32, 3, 3);
/// <c>conv4</c> (32, 32, 3, 3); <c>conv5</c> (8, 32, 3, 42); <c>salience</c> (1, 8, 1, 1) with bias (1);
/// <c>pitchclass.weight</c> (12, 216) and <c>pitchclass.bias</c> (12): the fixed pooling of bins into pitch classes;
/// <c>blank.weight</c> (1, 216) and <c>blank.bias</c> (1): the trained dense layer for the blank class.</param>
public sealed record ModelWeights(string ModelId, IReadOnlyDictionary<string, NamedTensor> Tensors)
{
    /// <summary>16 hexadecimal characters of a SHA-256 over the tensors' names, shapes and values, in name order.</summary>
    public string Fingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var tensor in Tensors.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{tensor.Name}[{string.Join(",", tensor.Shape)}]"));
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(tensor.Data.AsSpan()));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 8);
    }
}
