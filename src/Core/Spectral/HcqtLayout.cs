namespace Leitmotif.Core.Spectral;

/// <summary>
/// Where each (bin, harmonic) of an HCQT comes from among its distinct centre frequencies. Harmonics that differ by a power of
/// two share most frequencies (with 36 bins per octave, h = 0.5, 1, 2, 4 lie on one grid; 3 and 5 on their own), so the paper's
/// 6 × 216 = 1296 bins need only 756 distinct filters; their outputs are identical, so each is computed and stored once.
/// </summary>
internal sealed class HcqtLayout
{
    public HcqtLayout(HcqtOptions options)
    {
        int harmonics = options.HarmonicList.Count;
        var frequencies = new List<double>();
        var byKey = new Dictionary<long, int>();
        Index = new int[options.Bins * harmonics];
        for (int b = 0; b < options.Bins; b++)
        {
            for (int h = 0; h < harmonics; h++)
            {
                double f = options.Frequency(b, h);
                long key = (long)Math.Round(Math.Log2(f) * 1e6); // equal up to rounding error ⇔ same key
                if (!byKey.TryGetValue(key, out int u))
                {
                    u = frequencies.Count;
                    frequencies.Add(f);
                    byKey.Add(key, u);
                }
                Index[b * harmonics + h] = u;
            }
        }
        Frequencies = frequencies;
    }

    /// <summary>The distinct centre frequencies (Hz), in first-use order.</summary>
    public IReadOnlyList<double> Frequencies { get; }

    /// <summary>Distinct-frequency index of (bin, harmonic) at <c>bin · harmonics + harmonic</c> (the HCQT's C order).</summary>
    public int[] Index { get; }
}
