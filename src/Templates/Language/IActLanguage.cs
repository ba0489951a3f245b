using System.Globalization;
using Supervision.Acts;

namespace Supervision.Language;

/// <summary>
/// How one language of the acts writes numbers, sums and dates. Kazakh is written by the project
/// (Humanizer has no Kazakh and silently answers in English); Russian uses Humanizer's Russian.
/// </summary>
public interface IActLanguage
{
    /// <summary>The act language this service writes.</summary>
    ActLanguage Code { get; }

    /// <summary>The culture set on the text of documents in this language (kk-KZ, ru-RU).</summary>
    CultureInfo Culture { get; }

    /// <summary>A whole number in words: 21 → "жиырма бір" / "двадцать один"; 1000 → "бір мың" /
    /// "одна тысяча"; 1 000 000 → "бір миллион" / "один миллион". Any non-negative <see cref="long"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    string Cardinal(long number);

    /// <summary>A sum in digits as acts print it: 632924.51 → "632 924,51"; 125000 → "125 000"
    /// (groups separated by a no-break space, U+00A0; tiyn only where there are any: 0.5 → "0,50").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sum is negative, has a fraction finer than a
    /// tiyn (1.005), or exceeds <see cref="long.MaxValue"/> tenge. The act validator rejects such sums
    /// first; this guards against programming errors.</exception>
    string AmountInDigits(decimal amount);

    /// <summary>A sum in words with its currency: "алты жүз отыз екі мың тоғыз жүз жиырма төрт теңге елу бір тиын";
    /// neither тенге nor тиын changes after a number, in Kazakh or in Russian ("два тиын", "пять тиын").</summary>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="AmountInDigits"/>.</exception>
    string AmountInWords(decimal amount);

    /// <summary>A sum as acts print it, digits with words:
    /// "632 924 (алты жүз отыз екі мың тоғыз жүз жиырма төрт) теңге 51 (елу бір) тиын",
    /// "125 000 (сто двадцать пять тысяч) тенге". Tiyn print as two digits: "0 (ноль) тенге 05 (пять) тиын".</summary>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="AmountInDigits"/>.</exception>
    string Amount(decimal amount);

    /// <summary>A date as a noun phrase: "2010 жылғы 28 желтоқсан" / "28 декабря 2010 года".</summary>
    string FullDate(DateOnly day);

    /// <summary>A date qualifying a document: "2010 жылғы 28 желтоқсандағы" / "28 декабря 2010 года"
    /// (as in "2010 жылғы 28 желтоқсандағы № 88 бұйрығы", "приказ от 28 декабря 2010 года № 88").</summary>
    string DateOf(DateOnly day);

    /// <summary>A day on which something happened: "2025 жылғы 14 қарашада" / "14 ноября 2025 года"
    /// (as in "прокуратураға 2025 жылғы 14 қарашада келіп түсті", "поступило 14 ноября 2025 года").</summary>
    string DateOn(DateOnly day);

    /// <summary>A deadline: "2010 жылғы 28 желтоқсанға дейін" / "до 28 декабря 2010 года".</summary>
    string DateUntil(DateOnly day);
}
