/// English month and weekday names, relative-time words and number words, shared by the date parser and the
/// text clues of inference.
public enum CalendarWords {
    /// Month number (1–12) of a lower-cased month name or abbreviation (`march`, `mar`, `sept`).
    public static func month(_ lower: String) -> Int? { months[lower] }

    /// ISO weekday (1 = Monday … 7 = Sunday) of a lower-cased full weekday name.
    public static func weekday(_ lower: String) -> Int? { weekdays[lower] }

    /// ISO weekday of a lower-cased weekday abbreviation (`fri`, `tues`), accepted only before a full date.
    public static func weekdayAbbreviation(_ lower: String) -> Int? { weekdays[lower] ?? weekdayShort[lower] }

    /// Value of a small cardinal written as a word (`a`, `one` … `twelve`).
    public static func number(_ lower: String) -> Int? { numbers[lower] }

    /// Full English month names, index 0 = January.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// Full English weekday names, index 0 = Monday.
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    private static let weekdayShort: [String: Int] = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    private static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
    ]
}
